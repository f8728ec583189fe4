#version 330 core
// A rounded rectangle with an anti-aliased, optionally dashed border. The dash pattern runs along
// the perimeter so that the corners of padding cells read as dashed too.
in vec2 local;
flat in vec2 half_size;
flat in vec4 v_fill;
flat in vec4 v_border;
flat in vec4 v_style;

uniform float pixels_per_unit;
out vec4 colour;

float rounded_box(vec2 p, vec2 b, float r) {
    vec2 q = abs(p) - b + vec2(r);
    return length(max(q, 0.0)) + min(max(q.x, q.y), 0.0) - r;
}

void main() {
    float radius = min(v_style.y, min(half_size.x, half_size.y));
    float d = rounded_box(local, half_size, radius) * pixels_per_unit;   // pixels, < 0 inside
    float inside = clamp(0.5 - d, 0.0, 1.0);
    float width = v_style.x * pixels_per_unit;
    float in_border = clamp(0.5 - d, 0.0, 1.0) * clamp(d + width + 0.5, 0.0, 1.0);
    if (v_style.z > 0.5) {
        // Position along the perimeter: which edge is nearest decides the running coordinate.
        vec2 a = abs(local) - half_size;
        float along = a.x > a.y ? local.y : local.x;
        float dash = max(v_style.w, 1e-3);
        float phase = fract((along + half_size.x) / dash);
        in_border *= step(phase, 0.55);
    }
    vec4 base = vec4(v_fill.rgb, v_fill.a * inside);
    vec4 line = vec4(v_border.rgb, v_border.a * in_border);
    // line over fill, straight alpha
    float alpha = line.a + base.a * (1.0 - line.a);
    vec3 rgb = alpha > 0.0 ? (line.rgb * line.a + base.rgb * base.a * (1.0 - line.a)) / alpha : vec3(0.0);
    if (alpha <= 0.0) discard;
    colour = vec4(rgb, alpha);
}
