__version__ = "0.1.0"

# Bump when a change to the pipeline changes what it produces for the same bytes:
# the library re-analyses speeches stored by an older analyzer.
ANALYZER_VERSION = 2  # 2: directives, figures, dates, formulas and documents
