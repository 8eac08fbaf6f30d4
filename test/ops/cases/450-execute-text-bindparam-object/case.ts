await op.execute(sa.text("UPDATE t SET created = :ts").bindparams(sa.bindparam(
  "ts",
  "2020-01-01 00:00:00",
  { type_: sa.DateTime() },
)));
