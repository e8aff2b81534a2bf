"""Reading scans and photos of printed pages (OCR)."""
