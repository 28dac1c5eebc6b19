package org.rightsacademy.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The small JSON API the pages call from the browser (answer saves): under /api, signed-in only. */
@ApplicationPath("api")
public class RestApplication extends Application {}
