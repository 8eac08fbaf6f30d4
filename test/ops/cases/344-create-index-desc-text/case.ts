await op.createIndex("ix_event_ts_desc", "event", [sa.text("ts DESC")]);
