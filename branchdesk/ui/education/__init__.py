"""The financial-education workspace: event form, list, upcoming events, statistics."""
