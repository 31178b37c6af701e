"""The hosts, parades and contributions of the parades tests serve here too."""

from blogparade.parades.tests.conftest import *  # noqa: F403
