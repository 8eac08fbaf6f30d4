op.create_index("ix_place_geo", "place", ["geo"], mysql_prefix="SPATIAL")
