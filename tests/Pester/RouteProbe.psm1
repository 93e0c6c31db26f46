# Which emulator routes exist yet: tests of a route the emulator does not serve are skipped, not failed.

function Test-EmulatorRoute {
    <# True when the emulator answers a GET on the path as an API (any status), false for its HTML "unknown route" page. #>
    param([Parameter(Mandatory)] [string] $Path)
    $base = [uri]$env:IMGURPS_EMULATOR_URI
    $token = (Invoke-RestMethod -Uri "$($base)_emulator/credentials").accessToken
    $response = Invoke-WebRequest -Uri "$base$($Path.TrimStart('/'))" -Headers @{ Authorization = "Bearer $token" } -SkipHttpErrorCheck -UseBasicParsing
    "$($response.Headers['Content-Type'])" -notmatch 'text/html'
}

function Get-EmulatorGalleryId {
    <# The id of the first post of the seeded gallery. #>
    $base = [uri]$env:IMGURPS_EMULATOR_URI
    $clientId = (Invoke-RestMethod -Uri "$($base)_emulator/credentials").clientId
    (Invoke-RestMethod -Uri "$($base)3/gallery/hot/viral/day/0.json" -Headers @{ Authorization = "Client-ID $clientId" }).data[0].id
}

Export-ModuleMember -Function *
