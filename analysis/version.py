__version__ = "0.1.0"

# Bump when a change to the pipeline changes what it produces for the same bytes:
# the library re-analyses speeches stored by an older analyzer.
ANALYZER_VERSION = 5  # 2: directives, figures, dates, formulas and documents; 3: every kind of
# official text (task parts, captions, occasion and speaker lines, more units and 提法);
# 4: reports' tasks (strength task), texts outside the labelled set; 5: figures of old
# typesetting and bare magnitudes, measures after a lead-in, notes that instruct no one
