//! Regex helpers shared by the matchers.

use regex::{CaptureMatches, Regex};

/// `re.captures_iter(haystack)`, after a cheaper `is_match` check. Most rules
/// match no sentence they are tried on; `is_match` answers from the forward
/// scan alone, while a captures search also allocates its slots and, on a
/// match, scans again to find where it starts.
pub fn captures<'r, 'h>(re: &'r Regex, haystack: &'h str) -> Option<CaptureMatches<'r, 'h>> {
    re.is_match(haystack).then(|| re.captures_iter(haystack))
}
