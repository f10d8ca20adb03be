"""newsclean: scraped Chinese news pages in, the article as the journalist wrote it out."""
from newsclean.document import Document, Removal, Repair, Result
from newsclean.pipeline import Pipeline, Stage, clean
from newsclean.stages.learned import BoilerplateModel, ModelError, learn_boilerplate

__all__ = ["BoilerplateModel", "Document", "ModelError", "Pipeline", "Removal", "Repair", "Result", "Stage",
           "clean", "learn_boilerplate"]
__version__ = "0.1.0"
