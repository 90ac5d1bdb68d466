"""The web UI of ``dixit serve``: server-rendered pages over the same store as the API."""
