"""The site as files: every public address, the static build (`treatywatch bake`) and its
link check, and the downloads (dataset files, data dictionary, spreadsheet-safe cells)."""
