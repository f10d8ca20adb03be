"""The newsclean benchmark suite: quality against gold and speed, beside the alternatives."""
