//! Reading QR codes back as a phone would, with a real decoder (rqrr): from a
//! grid of modules (true = dark) that a test made from what was drawn.

/// Every code found in the grid, as text; each module is drawn as a square of
/// pixels, and nothing is added around the grid (its quiet zone must be
/// drawn).
pub fn decode(modules: &[Vec<bool>]) -> Vec<String> {
    const SCALE: usize = 2;
    let (w, h) = (modules.first().map_or(0, Vec::len), modules.len());
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(w * SCALE, h * SCALE, |x, y| {
        if modules[y / SCALE][x / SCALE] {
            0
        } else {
            255
        }
    });
    image
        .detect_grids()
        .into_iter()
        .filter_map(|g| g.decode().ok().map(|(_, text)| text))
        .collect()
}
