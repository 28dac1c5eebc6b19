-- Failed sign-ins are now counted per username and client address, in memory on each node
-- (people.LoginThrottle): the per-username lockout this table held is gone.
DROP TABLE login_throttle;
