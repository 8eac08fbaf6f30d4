await postgresql.ENUM("x", { name: "just_x" }).create(op.getBind(), { checkfirst: false });
