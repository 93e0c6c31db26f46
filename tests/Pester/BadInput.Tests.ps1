BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
}

Describe 'Bad input gets a clear error and sends nothing' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur
        Clear-EmulatorRequest
        $folder = New-Item -ItemType Directory -Path (Join-Path $TestDrive ([guid]::NewGuid()))
    }

    It '<Case>' -TestCases @(
        @{ Case = 'a missing file'; Make = { param($f) Join-Path $f 'missing.png' }; Pattern = "Cannot find the file '.*missing\.png'"; Category = 'ObjectNotFound' }
        @{ Case = 'a folder'; Make = { param($f) (New-Item -ItemType Directory -Path (Join-Path $f 'sub')).FullName }; Pattern = 'is a folder'; Category = 'ReadError' }
        @{ Case = 'a zero-byte file'; Make = { param($f) $p = Join-Path $f 'empty.png'; [System.IO.File]::WriteAllBytes($p, [byte[]]@()); $p }; Pattern = "'empty\.png' is empty"; Category = 'InvalidData' }
        @{ Case = 'a text file named like an image'; Make = { param($f) $p = Join-Path $f 'fake.png'; Set-Content -LiteralPath $p -Value 'not a png'; $p }; Pattern = "'fake\.png' is not an image or video"; Category = 'InvalidData' }
        @{ Case = 'a wildcard that matches nothing'; Make = { param($f) Join-Path $f '*.gif' }; Pattern = 'No file matches'; Category = 'ObjectNotFound' }
        @{ Case = 'a path on a non-FileSystem provider'; Make = { param($f) 'Env:PATH' }; Pattern = 'file system only'; Category = 'InvalidArgument' }
    ) {
        $target = & $Make $folder

        Send-ImgurImage -Path $target -ErrorAction SilentlyContinue -ErrorVariable failure | Should -BeNullOrEmpty

        $failure | Should -HaveCount 1
        $failure[0].ToString() | Should -Match $Pattern
        $failure[0].CategoryInfo.Category | Should -Be $Category
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'an address -Url cannot fetch' {
        Send-ImgurImage -Url 'ftp://example.com/cat.png' -ErrorAction SilentlyContinue -ErrorVariable failure | Should -BeNullOrEmpty

        $failure[0].ToString() | Should -Match 'not an http or https address'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'an id with characters Imgur ids never have: <Command>' -TestCases @(
        @{ Command = 'Get-ImgurImage'; Call = { Get-ImgurImage -ImageId 'AbC1234.png' -ErrorAction Stop } }
        @{ Command = 'Get-ImgurAlbum'; Call = { Get-ImgurAlbum -AlbumId '../secret' -ErrorAction Stop } }
        @{ Command = 'Get-ImgurGalleryItem'; Call = { Get-ImgurGalleryItem -GalleryId 'a b' -ErrorAction Stop } }
        @{ Command = 'Remove-ImgurImage'; Call = { Remove-ImgurImage -DeleteHash 'x/y' -Force -ErrorAction Stop } }
    ) {
        $Call | Should -Throw -ExpectedMessage '*not an Imgur id or deletehash*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'an unreachable base URI' {
        { Connect-Imgur -ClientId x -BaseUri 'http://127.0.0.1:9/' -ErrorAction Stop } | Should -Throw -ExpectedMessage '*Could not reach http://127.0.0.1:9*'
    }
}
