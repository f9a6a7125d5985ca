"""Where charts' style and export were imported from before :mod:`helpers.charts`; kept so old imports work."""

from .charts import *  # noqa: F401,F403
from .charts import __all__  # noqa: F401
