"""newsclean: scraped Chinese news pages in, the article as the journalist wrote it out."""
from newsclean.document import Document, Removal, Repair, Result
from newsclean.pipeline import Pipeline, Stage, clean

__all__ = ["clean", "Pipeline", "Stage", "Document", "Result", "Removal", "Repair"]
__version__ = "0.1.0"
