"""State: settings, the database, master data, visit notes and what is computed from them."""
