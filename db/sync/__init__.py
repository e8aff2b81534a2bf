"""Sync: one library on every machine of the user, and a study group's shared layer. The
package's modules are imported where they are used (db/__init__.py names what the desktop
uses), so that opening a library does not load the CRDT engine, HTTP or cryptography."""
