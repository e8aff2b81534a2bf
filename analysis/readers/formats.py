"""The file types Yandu reads, by suffix (light to import: the window needs it at start).
"office" files are converted to .docx by LibreOffice when it is installed."""
FORMATS = {".txt": "txt", ".md": "txt", ".text": "txt", ".html": "html", ".htm": "html",
           ".xhtml": "html", ".docx": "docx", ".pdf": "pdf", ".epub": "epub", ".mht": "mht",
           ".mhtml": "mht", ".ofd": "ofd", ".doc": "office", ".wps": "office",
           ".rtf": "office", ".odt": "office"}
SUPPORTED_SUFFIXES = tuple(FORMATS)
