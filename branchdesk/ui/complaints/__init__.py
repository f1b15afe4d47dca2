"""The complaints workspace: intake, case handling under the time limits, deadlines, register."""
