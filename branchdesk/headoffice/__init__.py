"""The head-office service: FastAPI app, its own store (PostgreSQL or embedded SQLite), its CLI."""
