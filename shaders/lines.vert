#version 330 core
// One instance per line segment: a quad around the segment, wide enough for anti-aliasing.
layout(location = 0) in vec2 corner;     // (0..1 along, −1..1 across)
layout(location = 1) in vec4 segment;    // x0, y0, x1, y1 in frame units
layout(location = 2) in vec4 rgba;
layout(location = 3) in float width;     // frame units

uniform vec2 frame_to_pixels_scale;
uniform vec2 frame_to_pixels_offset;
uniform vec2 target_size;

out float across;          // pixels from the centre line
flat out float half_width; // pixels
flat out vec4 v_rgba;

void main() {
    vec2 a = segment.xy * frame_to_pixels_scale + frame_to_pixels_offset;
    vec2 b = segment.zw * frame_to_pixels_scale + frame_to_pixels_offset;
    vec2 dir = b - a;
    float len = length(dir);
    vec2 unit = len > 0.0 ? dir / len : vec2(1.0, 0.0);
    vec2 normal = vec2(-unit.y, unit.x);
    half_width = max(width * frame_to_pixels_scale.x, 1.0) * 0.5;
    float reach = half_width + 1.0;
    vec2 pixel = mix(a - unit * 0.5, b + unit * 0.5, corner.x) + normal * corner.y * reach;
    across = corner.y * reach;
    v_rgba = rgba;
    vec2 ndc = pixel / target_size * 2.0 - 1.0;
    gl_Position = vec4(ndc.x, -ndc.y, 0.0, 1.0);
}
