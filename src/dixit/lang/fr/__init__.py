"""French: the language dixit was built for. Its data files sit beside this module."""
