await op.createIndex("ix_place_geo", "place", ["geo"], { mysqlPrefix: "SPATIAL" });
