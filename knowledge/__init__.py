"""The playbook: a knowledge base reps can ask, with sources (ingestion and retrieval)."""
