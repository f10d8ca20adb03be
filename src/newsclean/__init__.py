"""newsclean: scraped Chinese news pages in, the article as the journalist wrote it out."""
from newsclean.document import Document, Removal, Repair, Result
from newsclean.pipeline import Pipeline, Stage, clean

__all__ = ["Document", "Pipeline", "Removal", "Repair", "Result", "Stage", "clean"]
__version__ = "0.1.0"
