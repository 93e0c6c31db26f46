# The pipelines the README shows under "From upload to the gallery" run as written against the emulator, signed in
# and anonymous, so the README cannot promise a chain the cmdlets do not carry.
BeforeAll {
    $readme = Get-Content -LiteralPath (Join-Path $PSScriptRoot '../../README.md') -Raw
    $section = [regex]::Match($readme, '(?ms)^### From upload to the gallery\s*(.*?)^### ').Groups[1].Value
    $chains = foreach ($block in [regex]::Matches($section, '(?ms)^```powershell\r?\n(.*?)^```')) {
        $code = $block.Groups[1].Value
        [pscustomobject]@{ Name = [regex]::Match($code, '^# (\w[\w ]*?):').Groups[1].Value; Code = $code }
    }
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
}

Describe 'The README''s chain from upload to the gallery' {
    BeforeAll {
        $null = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'lisbon')
        Copy-Item -Path (Join-Path $PSScriptRoot '../../samples/*.png') -Destination (Join-Path $TestDrive 'lisbon')
        $fileCount = @(Get-ChildItem (Join-Path $TestDrive 'lisbon/*.png')).Count
    }

    BeforeEach {
        Reset-Emulator
        Push-Location $TestDrive
    }

    AfterEach { Pop-Location }

    It 'shows both a signed-in and an anonymous chain' {
        $chains.Name | Should -Be 'Signed in', 'Anonymous'
    }

    It 'runs the signed-in chain: the album of the uploads ends up in the gallery' {
        $null = Connect-TestImgur -AsUser
        $code = ($chains | Where-Object Name -EQ 'Signed in').Code

        $null = . ([scriptblock]::Create($code))

        $post | Should -BeOfType ImgurPS.Models.ImgurGalleryAlbum
        $post.Id | Should -Be $album.Id
        $post.Title | Should -Be 'Lisbon in March'
        $post.ImagesCount | Should -Be $fileCount
        (Get-ImgurGalleryItem $album.Id -Album).Images.Title | Should -Be (1..$fileCount | ForEach-Object { 'Lisbon' })
    }

    It 'runs the anonymous chain: described uploads in an album reached through delete hashes' {
        $null = Connect-TestImgur
        $code = ($chains | Where-Object Name -EQ 'Anonymous').Code
        Clear-EmulatorRequest

        $null = . ([scriptblock]::Create($code))

        $shared | Should -BeOfType ImgurPS.Models.ImgurAlbum
        $shared.Id | Should -Be $album.Id
        $shared.ImagesCount | Should -Be $fileCount
        $shared.DeleteHash | Should -Be $album.DeleteHash
        (Get-ImgurAlbumImage -AlbumId $album.Id).Description | Should -Be (1..$fileCount | ForEach-Object { 'Taken in March' })
        # Imgur changes anonymous items only through their delete hashes (Q31).
        (Get-EmulatorRequest | Where-Object method -NE GET).path | Should -Contain "/3/album/$($album.DeleteHash)/add.json"
    }
}

Describe 'The README''s "Back up an album"' {
    BeforeEach {
        Reset-Emulator
        Push-Location $TestDrive
    }

    AfterEach { Pop-Location }

    It 'runs as written: every album of the account saved in its own folder, byte for byte, then nothing again' {
        $null = Connect-TestImgur -AsUser
        $section = [regex]::Match($readme, '(?ms)^### Back up an album\s*(.*?)^### ').Groups[1].Value
        $code = [regex]::Match($section, '(?ms)^```powershell\r?\n(.*?)^```').Groups[1].Value
        $albums = @(Get-ImgurAccountAlbum -All)

        $first = . ([scriptblock]::Create($code))
        $report = @(Import-Csv ./backup/report.csv)
        $null = . ([scriptblock]::Create($code))
        $second = @(Import-Csv ./backup/report.csv)

        $albums | Should -Not -BeNullOrEmpty
        ($first | Where-Object Name -EQ 'Saved').Count | Should -Be $report.Count
        # An empty album gives a folder and no row.
        $report.AlbumId | Sort-Object -Unique | Should -Be ($albums | Where-Object ImagesCount -GT 0 | ForEach-Object Id | Sort-Object)
        foreach ($row in $report) {
            (Get-Item -LiteralPath $row.Path).Length | Should -Be $row.Size
            Split-Path -Leaf (Split-Path -Parent $row.Path) | Should -BeLike "*$($row.AlbumId)*"
        }
        $second.Status | Sort-Object -Unique | Should -Be 'Skipped'
        $second.Count | Should -Be $report.Count
    }
}
