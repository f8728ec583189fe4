#version 330 core
// Signed-distance glyphs, supersampled: the pixel's footprint on the atlas is cut into n × n
// sub-pixels, each covered by how far it lies inside the outline over its own width, and the
// pixel's coverage is their mean. That is the area of the pixel inside the glyph, as a font
// rasterizer computes it, at any size: one sample would miss a thin stroke or a minus sign that
// falls between two pixel centres when a glyph is drawn much smaller than it was baked.
in vec2 v_uv;
flat in vec4 v_rgba;
uniform sampler2D atlas;
uniform float edge;                // the atlas value on the outline
uniform float distance_per_texel;  // how much the atlas value changes over one texel
out vec4 colour;

void main() {
    vec2 texels = vec2(textureSize(atlas, 0));
    vec2 dx = dFdx(v_uv);
    vec2 dy = dFdy(v_uv);
    // The pixel's side in texels; sub-pixels at most about a texel apart.
    float footprint = max(length(dx * texels), length(dy * texels));
    int n = clamp(int(ceil(footprint / 1.2)), 1, 6);
    float sub = footprint / float(n);  // a sub-pixel's side, texels
    float covered = 0.0;
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            vec2 at = v_uv + ((float(i) + 0.5) / float(n) - 0.5) * dx + ((float(j) + 0.5) / float(n) - 0.5) * dy;
            float inside = (textureLod(atlas, at, 0.0).r - edge) / distance_per_texel;  // texels
            covered += clamp(0.5 + inside / max(sub, 1e-3), 0.0, 1.0);
        }
    }
    float coverage = covered / float(n * n);
    if (coverage <= 0.0) discard;
    colour = vec4(v_rgba.rgb, v_rgba.a * coverage);
}
