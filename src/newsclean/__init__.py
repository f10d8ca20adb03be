"""newsclean: scraped Chinese news pages in, the article as the journalist wrote it out."""
from newsclean.document import Document, Removal, Repair, Result
from newsclean.learn import BoilerplateModel, ModelError, learn_boilerplate
from newsclean.pipeline import Failed, Pipeline, Stage, clean, clean_many, preload

__all__ = ["BoilerplateModel", "Document", "Failed", "ModelError", "Pipeline", "Removal", "Repair", "Result",
           "Stage", "clean", "clean_many", "learn_boilerplate",
           "preload"]
__version__ = "0.1.0"
