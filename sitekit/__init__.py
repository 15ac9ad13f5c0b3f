"""Build machinery the hooks share (no MkDocs imports): the content-keyed build cache."""
