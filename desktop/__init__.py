"""The Qt application and the `yandu` command line."""
