"""TreatyWatch: a source-cited record of how every state stands against the bans on
antipersonnel landmines and cluster munitions."""

__version__ = "0.1.0"
