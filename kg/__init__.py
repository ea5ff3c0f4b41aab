"""kg: turn Chinese government work reports and investment-promotion news into a knowledge graph."""

__version__ = "0.1.0"
