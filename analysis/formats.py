"""The file types Yandu reads, by suffix (light to import: the window needs it at start)."""
FORMATS = {".txt": "txt", ".md": "txt", ".text": "txt", ".html": "html", ".htm": "html",
           ".xhtml": "html", ".docx": "docx", ".pdf": "pdf"}
SUPPORTED_SUFFIXES = tuple(FORMATS)
