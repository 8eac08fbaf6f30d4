op.add_column(
    "t",
    sa.Column(
        "c",
        sqlite.DATETIME(storage_format="%(year)04d-%(month)02d-%(day)02d %(hour)02d:%(minute)02d:%(second)02d"),
    ),
)
