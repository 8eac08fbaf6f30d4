await sa.Sequence("small_seq", { dataType: sa.SmallInteger() }).create(op.getBind());
