ALTER TABLE app."Member" DROP CONSTRAINT "Member_pkey";

ALTER TABLE app."Member" DROP CONSTRAINT "Member_org_id_fkey";

CREATE TABLE app."_alembic_tmp_Member" (
    id INTEGER NOT NULL, 
    org_id INTEGER, 
    a VARCHAR(5), 
    b INTEGER, 
    "order" INTEGER, 
    CONSTRAINT "Member_pkey" PRIMARY KEY (id), 
    CONSTRAINT "Member_org_id_fkey" FOREIGN KEY(org_id) REFERENCES app.org (id) ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED, 
    CONSTRAINT uq_member_org_order UNIQUE (org_id, "order")
);

INSERT INTO app."_alembic_tmp_Member" (id, org_id, b, "order") SELECT app."Member".id, app."Member".org_id, app."Member".b, app."Member"."order" 
FROM app."Member";

DROP TABLE app."Member";

ALTER TABLE app."_alembic_tmp_Member" RENAME TO "Member";

