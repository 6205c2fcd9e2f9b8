"""Server-rendered SVG: the chart of parties over time and the world map.

Pure Python, no Django: each function takes plain values and returns an `Svg` string in
which every piece of text has been escaped. Output is deterministic (golden-tested).
"""
