"""Files the application loads at run time: translations (Qt Linguist .ts sources and compiled .qm)."""
