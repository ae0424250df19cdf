-- The web UI's language, chosen by each user (zh-CN or en).
CREATE TABLE ui_user_language (
    username    VARCHAR(100) PRIMARY KEY,
    language    VARCHAR(10)  NOT NULL
);
