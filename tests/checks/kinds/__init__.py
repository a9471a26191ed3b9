"""Tests of the reusable rule kinds in checks/kinds."""
