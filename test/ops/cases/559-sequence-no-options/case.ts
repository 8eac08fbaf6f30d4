await sa.Sequence("s", { nominvalue: true, nomaxvalue: true }).create(op.getBind());
