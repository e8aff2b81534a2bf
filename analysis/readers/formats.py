"""The file types Yandu reads, by suffix (light to import: the window needs it at start).
"office" files are converted to .docx by LibreOffice when it is installed; "image" files
(scans and photos of pages) are read through OCR."""
FORMATS = {".txt": "txt", ".md": "txt", ".text": "txt", ".html": "html", ".htm": "html",
           ".xhtml": "html", ".docx": "docx", ".pdf": "pdf", ".epub": "epub", ".mht": "mht",
           ".mhtml": "mht", ".ofd": "ofd", ".doc": "office", ".wps": "office",
           ".rtf": "office", ".odt": "office", ".png": "image", ".jpg": "image",
           ".jpeg": "image", ".tif": "image", ".tiff": "image", ".webp": "image",
           ".heic": "image", ".heif": "image"}
SUPPORTED_SUFFIXES = tuple(FORMATS)
