"""What the notebooks show: French tables, cards and headline sentences built from the analysis
tables. Presentation only: nothing here decides what an actor, a quote or a date is."""
