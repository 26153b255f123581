package org.sightline.server;

/**
 * Where to send the browser after sign-in: only a path of this site. Browsers drop tabs and
 * newlines from URLs and read a backslash as a slash, so "/\t/evil.example" or "/\evil.example"
 * would leave the site; anything but a plain local path goes home.
 */
final class LocalPath {
    private LocalPath() {
    }

    static String orHome(String next) {
        if (next == null || next.length() < 1 || next.charAt(0) != '/') {
            return "/";
        }
        if (next.length() > 1 && (next.charAt(1) == '/' || next.charAt(1) == '\\')) {
            return "/";
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return "/";
            }
        }
        return next;
    }
}
