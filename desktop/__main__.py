import multiprocessing

from desktop.cli.main import main

# A packaged Yandu starts its import workers by running itself: they must not run the program.
multiprocessing.freeze_support()
raise SystemExit(main())
