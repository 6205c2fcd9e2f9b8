#!/usr/bin/env python
from treatywatch.cli import main

if __name__ == "__main__":
    main()
